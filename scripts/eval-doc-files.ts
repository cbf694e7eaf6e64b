/**
 * Makes the old Word files (.doc) of the evaluation corpus from their `.doc.txt`
 * sources: a .docx laid out as offices do (scripts/lib/eval-files.ts), saved as .doc by
 * LibreOffice (`apt-get install libreoffice-writer-nogui`). Run by whoever adds a
 * `.doc.txt` case; the .doc files are committed, so neither CI nor the evaluation needs
 * LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDocx } from './lib/eval-files.ts';
import { corpusDir } from './lib/import-eval.ts';

const work = mkdtempSync(path.join(tmpdir(), 'thidua-doc-'));
try {
  for (const f of readdirSync(corpusDir).filter((n) => n.endsWith('.doc.txt'))) {
    const name = f.slice(0, -'.doc.txt'.length);
    const docx = path.join(work, `${name}.docx`);
    writeFileSync(docx, await buildDocx(readFileSync(path.join(corpusDir, f), 'utf8')));
    const r = spawnSync('soffice', ['--headless', '--convert-to', 'doc', '--outdir', work, docx], { encoding: 'utf8' });
    if (r.error || r.status !== 0) {
      console.error(
        `✗ ${f}: LibreOffice không chuyển được (${r.error?.message ?? r.stderr}); cài: apt-get install libreoffice-writer-nogui`,
      );
      process.exit(1);
    }
    renameSync(path.join(work, `${name}.doc`), path.join(corpusDir, `${name}.doc`));
    console.log(`✓ ${name}.doc`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
