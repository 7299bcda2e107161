import type { Machine } from './machine.ts';
import { markdownTable } from './table.ts';
import type { SuiteReport } from '../suites/suite.ts';

/** A Markdown record of one bench run (`--markdown <file>`): command, machine, and every suite's summary. */
export function markdownReport(input: { command: string; machine: Machine; seconds: number; reports: SuiteReport[]; failures: Array<{ suite: string; error: string }> }): string {
  const { machine } = input;
  const lines = [
    `# semcache bench run, ${machine.date}`,
    '',
    `- command: \`${input.command}\``,
    `- machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.platform}, node ${machine.node}`,
    `- duration: ${input.seconds.toFixed(0)} s`,
    '',
  ];
  for (const report of input.reports) {
    lines.push(`## ${report.suite}`, '');
    lines.push(markdownTable(['metric', 'value', 'target', 'verdict'], report.summary.map((row) => [row.metric.trim(), row.value, row.target ?? '', row.verdict ?? ''])), '');
    for (const note of report.notes) lines.push(`- ${note}`);
    if (report.notes.length > 0) lines.push('');
  }
  for (const failure of input.failures) lines.push(`## ${failure.suite}: FAILED`, '', '```', failure.error, '```', '');
  return `${lines.join('\n')}\n`;
}
