// The sign-in page's own public entry point, apart from index.ts: the router loads it lazily, so a
// signed-in user's first page carries neither it nor the Cognito SDK it brings.
export { SignInPage, type SignInPageProps } from './components/sign-in-page';
