import type { EntityManager } from '@mikro-orm/postgresql';
import { MEMBERSHIP_FEE_SUBJECT, serviceSubject } from '../shared/domain/billing';
import { parseAmount } from '../shared/domain/money';
import { checkTariff, type Tariff, tariff } from '../shared/domain/pricing';
import { BadUserInputError } from '../shared/graphql/errors';
import { PriceModel, Sharing, TariffKind, tariffColumns } from './entities/price-model.entity';
import type { DefinePriceModelInput, PriceModelInput } from './resolvers/price-model.args';

const amountOf = (text: string | null | undefined, field: string) => (text == null ? null : parseAmount(text, field));

function weightOf(text: string, field: string): bigint {
  if (!/^\d{1,9}$/.test(text.trim())) throw new BadUserInputError(field, `"${text}" is not a weight: give a whole number, zero or more`);
  return BigInt(text.trim());
}

/** The model an input describes, checked (BAD_USER_INPUT naming the field under `field`). */
export function tariffOf(input: PriceModelInput, field: string): Tariff {
  const weights = input.kind === TariffKind.SHARED_COST && input.sharing === Sharing.WEIGHTS;
  const model = tariff({
    kind: input.kind,
    amountOre: amountOf(input.amount, `${field}.amount`),
    perResidentOre: amountOf(input.perResident, `${field}.perResident`),
    floorOre: amountOf(input.floor, `${field}.floor`),
    capOre: amountOf(input.cap, `${field}.cap`),
    bands: (input.bands ?? []).map((band, index) => ({
      from: band.from,
      to: band.to ?? null,
      value: weights ? weightOf(band.value, `${field}.bands.${index}.value`) : parseAmount(band.value, `${field}.bands.${index}.value`),
    })),
    kindAmounts: Object.fromEntries(
      (input.kindAmounts ?? []).map((entry, index) => [entry.memberKind, parseAmount(entry.amount, `${field}.kindAmounts.${index}.amount`)]),
    ),
    sharing: input.sharing ?? null,
    sharedOre: amountOf(input.shared, `${field}.shared`),
  });
  checkTariff(model, field);
  return model;
}

/** The next version of the model, valid from a 1 January after every earlier version's first day; BAD_USER_INPUT naming `input.validFrom` otherwise. */
export async function newVersion(em: EntityManager, input: DefinePriceModelInput): Promise<PriceModel> {
  if (!/^\d{4}-01-01$/.test(input.validFrom))
    throw new BadUserInputError('input.validFrom', `${input.validFrom} is no 1 January: fees and charges are per calendar year, so a version starts on one`);
  const subject = input.serviceId == null ? MEMBERSHIP_FEE_SUBJECT : serviceSubject(input.serviceId, input.variant ?? null);
  const [latest] = await em.find(PriceModel, { subject }, { orderBy: { version: 'desc' }, limit: 1 });
  if (latest && latest.validFrom >= input.validFrom)
    throw new BadUserInputError(
      'input.validFrom',
      `version ${latest.version} is valid from ${latest.validFrom}: a new version must start later, so versions do not overlap and history is kept`,
    );
  const model = tariffOf(input.model, 'input.model');
  return em.create(PriceModel, {
    subject,
    serviceId: input.serviceId ?? null,
    variant: input.serviceId == null ? null : (input.variant ?? null),
    version: (latest?.version ?? 0) + 1,
    validFrom: input.validFrom,
    populationDay: input.model.populationDay ?? '11-01',
    ...tariffColumns(model),
    note: input.note ?? null,
  });
}
