/** The inventory table's name, from the function's environment (serverless.yml). */
export function inventoryTableFromEnv(): string {
  const table = process.env.INVENTORY_TABLE;
  if (!table) throw new Error('INVENTORY_TABLE is not set');
  return table;
}

/** The item describing one region's snapshot: its generation, chunk count and chunk revisions. */
export const metaKey = (region: string): { pk: string } => ({ pk: `region#${region}` });

/** One chunk of a region's snapshot in one generation. */
export const chunkKey = (region: string, generation: number, chunk: number): { pk: string } => ({
  pk: `chunk#${region}#${generation}#${chunk}`,
});

/** A region's snapshot as its meta item describes it. */
export interface RegionMeta {
  readonly region: string;
  /** Bumped when the sync re-chunks the region (a new chunk count). */
  readonly generation: number;
  readonly chunks: number;
  /** Chunk number → revision; a reader reloads the chunks whose revision moved. */
  readonly revs: Readonly<Record<string, number>>;
  /** Bumped on every change to the region. */
  readonly version: number;
  /** Epoch ms of the last completed sync and of the last change. */
  readonly syncedAt: number;
  readonly updatedAt: number;
}
