/** An outside link that opens in a new tab without leaking this page; plain text when there is no URL. */
export function ExternalLink({ href, children, className = "text-brand-700 hover:underline" }: { href: string | null; children: React.ReactNode; className?: string }) {
  if (!href) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
    </a>
  );
}
