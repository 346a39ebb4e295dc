"use client";

// Rendered outside the root layout (no message catalogs available), so both languages are shown.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>出现错误 · Something went wrong</h1>
        <button type="button" onClick={reset}>
          重试 · Try again
        </button>
      </body>
    </html>
  );
}
