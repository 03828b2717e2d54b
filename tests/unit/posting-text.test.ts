import { checkPostingText, MAX_POSTING_CHARACTERS, normalizePostingText } from "@/lib/analysis/posting-text";

describe("checkPostingText", () => {
  it.each([
    ["", "empty"],
    ["  \n\t ", "empty"],
    ["x".repeat(MAX_POSTING_CHARACTERS + 1), "too_long"],
    ["PK\u0003\u0004\u0000\u0000binary", "binary"],
    ["\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f garbage", "binary"],
  ])("flags %j as %s", (text, problem) => {
    expect(checkPostingText(text)).toBe(problem);
  });

  it("accepts ordinary text with accents, emoji and tabs", () => {
    expect(checkPostingText("Requirements:\n\t• 5+ years of Python 🐍\n• Français courant")).toBeNull();
  });
});

describe("normalizePostingText", () => {
  it("turns CRLF into LF and trims trailing spaces", () => {
    expect(normalizePostingText("Requirements:  \r\n- Python\r\n")).toBe("Requirements:\n- Python");
  });

  it("reduces pasted HTML to text, list items to bullets, and drops scripts and handlers", () => {
    const html = `<h2>Requirements</h2><ul><li>5+ years of <b>Go</b></li><li>Kubernetes &amp; Terraform</li></ul>
      <script>steal(document.cookie)</script><img src=x onerror="alert(1)"><style>p{}</style>`;
    const text = normalizePostingText(html);
    expect(text).toContain("Requirements");
    expect(text).toContain("- 5+ years of Go");
    expect(text).toContain("- Kubernetes & Terraform");
    expect(text).not.toMatch(/<|steal|onerror|alert/);
  });

  it("leaves text with a stray angle bracket alone", () => {
    expect(normalizePostingText("Latency < 5 ms on a p99 basis")).toBe("Latency < 5 ms on a p99 basis");
  });
});

describe("pasted HTML goes through html-to-text", () => {
  it("decodes named entities and keeps table cells apart", () => {
    const text = normalizePostingText("<p>We&rsquo;re hiring &mdash; now</p><table><tr><td>Go</td><td>Rust</td></tr></table>");
    expect(text).toContain("We\u2019re hiring \u2014 now");
    expect(text).not.toContain("GoRust");
    expect(text).toMatch(/Go\s+Rust/);
  });
});
