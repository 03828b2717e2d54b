// Integration tests talk to a real PostgreSQL on machines that may be busy with other work:
// every test and hook gets a generous, explicit limit instead of Jest's 5 s default.
jest.setTimeout(60_000);
