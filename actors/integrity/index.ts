// index.ts: the integrity sync's public API, for the actors and the wire layer.
export * from './errors';
export * from './file-table';
export * from './integrity-plan';
export * from './path-guard';
export * from './hash-pool';
export * from './scanner';
export * from './watcher';
export * from './staging';
export * from './journal';
export * from './apply';
export * from './local-sync';
export * from './tree-maker';
