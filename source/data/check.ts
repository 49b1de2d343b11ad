/** Cross-checks a merged dataset: references resolve, the matrix is complete, claims are sourced. */

import { type Origins, problemAt } from './merge.js';
import { normaliseName } from './names.js';
import { own } from './own.js';
import type { Problem } from './problems.js';
import type { Cell, Dataset } from './schema.js';

export function crossCheck(data: Dataset, origins: Origins): Problem[] {
  const problems: Problem[] = [];
  const at = (
    key: string,
    suffix: (string | number)[],
    message: string,
    hint?: string,
    severity: Problem['severity'] = 'error',
  ) => {
    const origin = origins.get(key);
    if (!origin) return;
    const p = problemAt({ file: origin.file, path: [...origin.path, ...suffix] }, message, hint);
    problems.push({ ...p, severity });
  };

  const sourceIds = new Set(data.sources.map((s) => s.id));
  const used = new Set<string>();
  const checkRefs = (key: string, base: (string | number)[], refs: readonly string[]) => {
    refs.forEach((ref, i) => {
      used.add(ref);
      if (!sourceIds.has(ref)) {
        at(
          key,
          [...base, 'sources', i],
          `cites source "${ref}", which is not defined`,
          'add it under `sources:` or fix the id',
        );
      }
    });
  };

  // Vendors: names and aliases, normalised as --vendor reads them, must not collide with another vendor's.
  const names = new Map<string, string>();
  for (const v of data.vendors) names.set(v.id, v.id);
  for (const v of data.vendors) {
    const name = normaliseName(v.name);
    const owner = names.get(name);
    if (owner !== undefined && owner !== v.id)
      at(
        `vendor:${v.id}`,
        ['name'],
        `name "${v.name}" reads as "${name}", which already names vendor "${owner}"`,
        'vendor names must differ in more than case, spaces and underscores',
      );
    else names.set(name, v.id);
  }
  for (const v of data.vendors) {
    checkRefs(`vendor:${v.id}`, [], v.sources);
    v.formerly?.forEach((f, i) => {
      checkRefs(`vendor:${v.id}`, ['formerly', i], f.sources);
      if (f.sources.length === 0)
        at(`vendor:${v.id}`, ['formerly', i, 'sources'], 'a former name cites no source', 'cite the rename notice');
      const before = v.formerly?.[i - 1];
      if (before && before.until > f.until)
        at(
          `vendor:${v.id}`,
          ['formerly', i, 'until'],
          `${f.until} is before the previous name's ${before.until}`,
          'list former names oldest first',
        );
    });
    v.aliases.forEach((alias, i) => {
      const key = normaliseName(alias);
      const owner = names.get(key);
      if (owner && owner !== v.id) {
        at(
          `vendor:${v.id}`,
          ['aliases', i],
          `alias "${alias}" (read as "${key}") is already taken by vendor "${owner}"`,
          'aliases must be unique once case, spaces and underscores are ignored, as --vendor reads them',
        );
      } else names.set(key, v.id);
    });
  }

  const vendorSet = new Set(data.vendors.map((v) => v.id));
  data.vendorOrder?.forEach((id, i) => {
    if (!vendorSet.has(id))
      at(
        'dataset',
        ['vendorOrder', i],
        `vendorOrder names "${id}", which is not a vendor`,
        `known vendors: ${[...vendorSet].join(', ')}`,
      );
  });

  const categories = new Set(data.categories.map((c) => c.id));
  for (const f of data.features) {
    if (!categories.has(f.category)) {
      at(
        `feature:${f.id}`,
        ['category'],
        `names category "${f.category}", which is not defined`,
        `known: ${[...categories].join(', ')}`,
      );
    }
  }

  const vendorIds = new Set(data.vendors.map((v) => v.id));
  const tables = [
    { table: 'cells' as const, rows: data.features, what: 'feature' },
    { table: 'compute' as const, rows: data.accelerators, what: 'accelerator' },
  ];
  for (const { table, rows, what } of tables) {
    const rowIds = new Set(rows.map((r) => r.id));
    for (const [vendor, byRow] of Object.entries(data[table])) {
      const knownVendor = vendorIds.has(vendor);
      for (const rowId in byRow) {
        if (!Object.hasOwn(byRow, rowId)) continue;
        const cell = byRow[rowId] as Cell;
        if (!knownVendor) {
          at(
            `${table}:${vendor}/${rowId}`,
            [],
            `vendor "${vendor}" is not defined`,
            `known vendors: ${[...vendorIds].join(', ')}`,
          );
          continue;
        }
        if (!rowIds.has(rowId)) {
          at(
            `${table}:${vendor}/${rowId}`,
            [],
            `${what} "${rowId}" is not defined`,
            `define it under \`${what === 'feature' ? 'features' : 'accelerators'}:\` or fix the id`,
          );
          continue;
        }
        // Hot loop on large datasets: only build keys and paths when there is a problem.
        const refs = cell.sources;
        if (
          cell.status === 'unknown'
            ? !cell.note
            : refs.length === 0 || (!cell.note && cell.status !== 'ga' && cell.status !== 'none')
        ) {
          checkCell(cell, `${table}:${vendor}/${rowId}`, at);
        }
        if (cell.changes) checkChanges(cell, `${table}:${vendor}/${rowId}`, at, checkRefs);
        for (let i = 0; i < refs.length; i++) {
          const ref = refs[i] as string;
          used.add(ref);
          if (!sourceIds.has(ref)) {
            at(
              `${table}:${vendor}/${rowId}`,
              ['sources', i],
              `cites source "${ref}", which is not defined`,
              'add it under `sources:` or fix the id',
            );
          }
        }
      }
    }
    for (const v of data.vendors) {
      const missing = rows.filter((r) => !own(own(data[table], v.id), r.id)).map((r) => r.id);
      if (missing.length > 0) {
        const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? `, and ${missing.length - 5} more` : '');
        at(
          `vendor:${v.id}`,
          ['id'],
          `vendor "${v.id}" has no ${table === 'cells' ? 'cell' : 'compute cell'} for ${what} ${shown}`,
          `add \`${table}: {${v.id}: {<${what}>: {status: unknown, note: ...}}}\``,
        );
      }
    }
  }

  for (const d of data.deals) checkRefs(`deal:${d.id}`, [], d.sources);
  for (const m of data.market) checkRefs(`market figure:${m.id}`, [], m.sources);
  for (const t of data.trends) checkRefs(`trend:${t.id}`, [], t.sources);

  for (const s of data.sources) {
    if (!used.has(s.id))
      at(`source:${s.id}`, ['id'], `source "${s.id}" is not cited by any claim`, 'cite it or remove it', 'warning');
  }
  return problems;
}

function checkChanges(
  cell: Cell,
  key: string,
  at: (key: string, suffix: (string | number)[], message: string, hint?: string) => void,
  checkRefs: (key: string, base: (string | number)[], refs: readonly string[]) => void,
): void {
  const changes = cell.changes ?? [];
  changes.forEach((change, i) => {
    checkRefs(key, ['changes', i], change.sources);
    if (change.sources.length === 0)
      at(
        key,
        ['changes', i, 'sources'],
        `the ${change.kind} on ${change.on} cites no source`,
        'cite the notice that announces it',
      );
    const before = changes[i - 1];
    if (before && before.on >= change.on)
      at(
        key,
        ['changes', i, 'on'],
        `${change.on} is not after the previous change's ${before.on}`,
        'list changes oldest first, one per day',
      );
  });
}

function checkCell(
  cell: Cell,
  key: string,
  at: (key: string, suffix: (string | number)[], message: string, hint?: string) => void,
): void {
  if (cell.status !== 'unknown' && cell.sources.length === 0) {
    at(
      key,
      ['status'],
      `status "${cell.status}" cites no source`,
      'add a source id to `sources`, or mark it `unknown`',
    );
  }
  if ((cell.status === 'partial' || cell.status === 'preview' || cell.status === 'unknown') && !cell.note) {
    const why = cell.status === 'unknown' ? 'what was looked for' : `why it is ${cell.status}`;
    at(key, ['status'], `status "${cell.status}" needs a note saying ${why}`, 'add `note:`');
  }
}
