/** Every line this process writes to stdout, stderr or the console while it runs, for tests that read the logs. */
export function captureOutput(): { lines(): string[]; restore(): void } {
  const written: string[] = [];
  const keep = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(keep),
    jest.spyOn(process.stderr, 'write').mockImplementation(keep),
    ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation((...parts) => void keep(parts.join(' '))),
    ),
  ];
  return {
    lines: () =>
      written
        .join('\n')
        .split('\n')
        .filter((line) => line.trim()),
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
