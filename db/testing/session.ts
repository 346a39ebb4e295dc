/** Who the mocked `auth()` says is signed in, for integration tests of actions and pages. */
let signedIn: { id: string; sessionVersion: number } | null = null;

/**
 * Signs a user in for the mocked `auth()`. The token carries `sessionVersion` (1, a new
 * user's, unless given), as a real cookie would from the moment it was issued.
 */
export const signInAs = (userId: string | null, sessionVersion = 1) => {
  signedIn = userId ? { id: userId, sessionVersion } : null;
};
export const currentSession = () =>
  signedIn
    ? {
        user: { ...signedIn },
        expires: new Date(Date.now() + 3_600_000).toISOString(),
      }
    : null;
