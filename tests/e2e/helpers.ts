// The end-to-end tests share the browser launcher with the benches and `npm start` (scripts/lib).
export * from '../../scripts/lib/browser';
