"use client";

// Replaces the root layout when it fails, so it cannot rely on the i18n provider: both languages are shown.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", textAlign: "center", padding: "5rem 1.5rem" }}>
        <h1>页面加载出错 / Something went wrong</h1>
        <p>请稍后重试。Please try again.</p>
        <button type="button" onClick={reset}>
          重试 / Try again
        </button>
      </body>
    </html>
  );
}
