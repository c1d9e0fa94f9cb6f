/**
 * Plain-text output for the clinical verbs: aligned tables, key/value blocks and word wrapping for
 * a terminal. No colour: severity is always written out as a word, so the output reads the same
 * in a pipe, a log, a screen reader or a printout.
 */

/** Width to wrap to: the terminal's, else `COLUMNS`, else 100 (pipes, files); kept within 60-140. */
export function outputWidth(): number {
  const fromEnv = Number(process.env.COLUMNS);
  const columns = process.stdout.isTTY
    ? process.stdout.columns
    : Number.isInteger(fromEnv) && fromEnv > 0
      ? fromEnv
      : undefined;
  return Math.max(60, Math.min(columns ?? 100, 140));
}

/** Greedy word wrap; long words are kept whole. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Wraps `text` to `width`, indenting every line by `indent` spaces. */
export function indented(text: string, indent: number, width = outputWidth()): string {
  const pad = ' '.repeat(indent);
  return wrap(text, Math.max(20, width - indent))
    .map((line) => pad + line)
    .join('\n');
}

/** A bulleted list: `- item`, continuation lines hanging under the text. */
export function bullets(items: readonly string[], indent = 2, width = outputWidth()): string {
  const pad = ' '.repeat(indent);
  return items
    .map((item) =>
      wrap(item, Math.max(20, width - indent - 2))
        .map((line, i) => `${pad}${i === 0 ? '- ' : '  '}${line}`)
        .join('\n'),
    )
    .join('\n');
}

/** `label  value` rows with the labels aligned; the value wraps under itself. */
export function keyValues(rows: ReadonlyArray<readonly [string, string]>, indent = 2): string {
  const labelWidth = Math.max(0, ...rows.map(([label]) => label.length));
  const width = outputWidth();
  const valueWidth = Math.max(20, width - indent - labelWidth - 2);
  const pad = ' '.repeat(indent);
  return rows
    .map(([label, value]) => {
      const lines = wrap(value, valueWidth);
      const continuation = ' '.repeat(indent + labelWidth + 2);
      return lines
        .map((line, i) => (i === 0 ? `${pad}${label.padEnd(labelWidth)}  ${line}` : continuation + line))
        .join('\n')
        .trimEnd();
    })
    .join('\n');
}

/**
 * An aligned table with a header row. The last column wraps to the terminal width (it holds the
 * free text: reasons, messages).
 */
export function table(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  indent = 2,
): string {
  const columns = headers.length;
  const widths = headers.map((header, c) =>
    c === columns - 1 ? 0 : Math.max(header.length, ...rows.map((row) => (row[c] ?? '').length)),
  );
  const pad = ' '.repeat(indent);
  const lead = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const lastWidth = Math.max(24, outputWidth() - indent - lead);
  const render = (cells: readonly string[]): string => {
    const head = cells
      .slice(0, -1)
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ');
    const last = wrap(cells[columns - 1] ?? '', lastWidth);
    const prefix = columns > 1 ? `${head}  ` : '';
    return last
      .map((line, i) => (i === 0 ? pad + prefix + line : pad + ' '.repeat(prefix.length) + line).trimEnd())
      .join('\n');
  };
  const underline = headers.map((header, c) =>
    '-'.repeat(c === columns - 1 ? header.length : (widths[c] ?? 0)),
  );
  return [render(headers), render(underline), ...rows.map(render)].join('\n');
}

export function yesNo(value: boolean | null, unknown = 'undetermined'): string {
  if (value === null) return unknown;
  return value ? 'yes' : 'no';
}

/** `1 contraindicated, 2 major` style counts, in the order given, skipping zeros. */
export function counts(items: readonly string[], order: readonly string[]): string {
  return order
    .map((key) => [key, items.filter((item) => item === key).length] as const)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => `${n} ${key}`)
    .join(', ');
}

/** Writes text (plus a final newline) to standard output. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Pretty JSON for a single answer. */
export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

/** Numbers without float noise: 12.5, 0.25, 100. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
