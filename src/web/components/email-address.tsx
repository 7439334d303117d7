/**
 * An e-mail address that may wrap after the "@" (never mid-word), so long addresses do
 * not force a table wider than the screen.
 */
export function EmailAddress({ email }: { email: string }) {
  const at = email.indexOf('@');
  if (at < 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at)}
      <wbr />@{email.slice(at + 1)}
    </>
  );
}
