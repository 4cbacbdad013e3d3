// The editor fixture pages, served on 127.0.0.1 for the tests and bench:insert (scripts/lib).
export * from '../../scripts/lib/fixture-server';
