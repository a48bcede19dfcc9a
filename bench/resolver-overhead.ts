import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { type DocumentNode, execute, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { buildSchema, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';

/**
 * What type-graphql itself costs, before any database: the same query over the same constant
 * data (300 rows of four fields, like a page of members' cost statements) executed by plain
 * graphql-js, by type-graphql, and by type-graphql with a global middleware that only passes on
 * (as the subgraphs' audit scope was until it moved to the mutations alone).
 * `node dist/bench/resolver-overhead.js [iterations]`
 */

const ROWS = Array.from({ length: 300 }, (_, index) => ({ id: `member-${index}`, name: `Demokommun ${index}`, year: 2023, amount: `${index * 1000}.00` }));

const passOn: MiddlewareFn = (_, next) => next();

@ObjectType({ description: 'A constant row.' })
class Row {
  @Field({ description: 'Its id.' })
  id!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => Int, { description: 'Its year.' })
  year!: number;

  @Field({ description: 'Its amount.' })
  amount!: string;
}

@Resolver()
class RowResolver {
  @Query(() => [Row], { description: 'The constant rows.' })
  rows(): Row[] {
    return ROWS;
  }
}

function plainSchema(): GraphQLSchema {
  const row = new GraphQLObjectType({
    name: 'Row',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLString) },
      name: { type: new GraphQLNonNull(GraphQLString) },
      year: { type: new GraphQLNonNull(GraphQLInt) },
      amount: { type: new GraphQLNonNull(GraphQLString) },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { rows: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(row))), resolve: () => ROWS } },
    }),
  });
}

async function opsPerSecond(schema: GraphQLSchema, document: DocumentNode, iterations: number): Promise<number> {
  for (let i = 0; i < iterations / 10; i++) await execute({ schema, document, contextValue: {} });
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await execute({ schema, document, contextValue: {} });
  return iterations / ((performance.now() - start) / 1000);
}

async function main() {
  const iterations = Number(process.argv[2] ?? 2000);
  const document = parse('{ rows { id name year amount } }');
  const schemas: Array<[string, GraphQLSchema]> = [
    ['graphql-js, plain resolvers', plainSchema()],
    ['type-graphql', await buildSchema({ resolvers: [RowResolver], skipCheck: true })],
    ['type-graphql + a global middleware', await buildSchema({ resolvers: [RowResolver], skipCheck: true, globalMiddlewares: [passOn] })],
  ];
  const plain = await opsPerSecond(schemas[0][1], document, iterations);
  for (const [label, schema] of schemas) {
    const rate = label === schemas[0][0] ? plain : await opsPerSecond(schema, document, iterations);
    console.log(`${label.padEnd(50)} ${rate.toFixed(0).padStart(6)} executions/s  ${(plain / rate).toFixed(2)}× the time of plain graphql-js`);
  }
}

void main();
