import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ApiTokenList } from "@/components/settings/api-token-list";
import { CreateApiTokenForm } from "@/components/settings/create-api-token-form";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { loadSettingsPage } from "@/lib/server/services/page-data";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUserOrRedirect();
  const tokens = await loadSettingsPage(user.id);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      </div>
      <Card>
        <h2 className="font-semibold">API tokens</h2>
        <p className="mt-1 mb-3 text-sm text-slate-600">
          For scripts and AI assistants: send <code>Authorization: Bearer &lt;token&gt;</code> to the{" "}
          <Link href="/api/docs" className="font-medium text-brand-600 hover:underline">
            REST API
          </Link>{" "}
          or the MCP server at <code>/api/mcp</code>. A token acts as you; revoke it when a device is lost. Only a hash is kept, so a
          token is shown once.
        </p>
        <CreateApiTokenForm />
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold">Your tokens</h2>
        <ApiTokenList tokens={tokens} />
      </Card>
    </div>
  );
}
