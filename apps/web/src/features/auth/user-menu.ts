// The account menu's own entry point, apart from index.ts: the top bar loads it on its own.
export { UserMenu } from './components/user-menu';
