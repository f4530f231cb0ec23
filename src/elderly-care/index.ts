// Public exports of this program; re-exported from src/index.ts.
export {};
