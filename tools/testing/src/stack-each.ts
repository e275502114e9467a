import { clearFaultsLeftBehind } from '@fleet/testing';

// Every stack test file: a fault a test injected never outlives that test, whether or not the
// test clears it itself.
afterEach(clearFaultsLeftBehind);
