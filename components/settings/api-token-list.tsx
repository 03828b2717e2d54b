import { Button } from "@/components/ui/button";
import { revokeApiTokenAction } from "@/lib/server/actions/api-tokens";
import { ClickActionForm } from "@/components/ui/click-action-form";
import type { ApiTokenInfo } from "@/lib/server/data/api-tokens";

const formatDate = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export function ApiTokenList({ tokens }: { tokens: ApiTokenInfo[] }) {
  if (tokens.length === 0) return <p className="text-sm text-slate-600">No tokens yet.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {tokens.map((token) => (
        <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
          <div>
            <span className="font-medium">{token.name}</span> <code className="text-slate-500">{token.prefix}…</code>
            <div className="text-xs text-slate-500">
              created {formatDate(token.createdAt)} · {token.lastUsedAt ? `last used ${formatDate(token.lastUsedAt)}` : "never used"}
              {token.revokedAt && <> · revoked {formatDate(token.revokedAt)}</>}
            </div>
          </div>
          {!token.revokedAt && (
            <ClickActionForm action={revokeApiTokenAction} fields={{ tokenId: token.id }}>
              <Button type="submit" variant="danger">
                Revoke
              </Button>
            </ClickActionForm>
          )}
        </li>
      ))}
    </ul>
  );
}
