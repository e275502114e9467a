export { createInventoryReader, type InventoryReader } from './lib/inventory-reader';
export { createInventoryWriter, type InventoryWriter } from './lib/inventory-writer';
export { inventoryTableFromEnv, type RegionMeta } from './lib/inventory-keys';
