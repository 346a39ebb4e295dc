/** Who the mocked `auth()` says is signed in, for integration tests of actions and pages. */
let signedIn: string | null = null;

export const signInAs = (userId: string | null) => {
  signedIn = userId;
};
export const currentSession = () =>
  signedIn
    ? { user: { id: signedIn }, expires: new Date(Date.now() + 3_600_000).toISOString() }
    : null;
