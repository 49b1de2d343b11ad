/** The dashboard's first view: the overview table; `q` quits. */
import { Box, Text, useApp, useInput } from 'ink';
import { useCallback, useMemo } from 'react';
import type { Landscape } from '../model/landscape.js';
import { buildView } from '../views/index.js';
import { cellText } from '../views/layout.js';
import type { ViewName } from '../views/types.js';

export interface AppProps {
  /** The landscape to show. */
  land: Landscape;
  /** Vendor ids to show, in order. */
  vendors: string[];
  /** The view to open on. */
  initialView: ViewName;
  /** Draw statuses with ASCII glyphs. */
  ascii: boolean;
}

export function App({ land, vendors, initialView, ascii }: AppProps) {
  const { exit } = useApp();
  const view = useMemo(() => buildView(initialView, land, { vendors }), [initialView, land, vendors]);
  const onInput = useCallback(
    (input: string) => {
      if (input === 'q') exit();
    },
    [exit],
  );
  useInput(onInput);
  return (
    <Box flexDirection="column">
      <Text bold>
        trainscape · {view.table.title} · as of {land.asOf}
      </Text>
      {view.table.rows.slice(0, 20).map((row) => (
        <Text key={row.id} wrap="truncate-end">
          {row.cells.map((c) => cellText(c, ascii)).join('  ')}
        </Text>
      ))}
      <Text dimColor>q quit</Text>
    </Box>
  );
}
