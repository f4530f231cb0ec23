// Public exports of assess; re-exported from src/index.ts.
export {};
