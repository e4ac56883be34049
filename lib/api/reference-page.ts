// The API's reference page: plain HTML made on the server from the OpenAPI document (one source), readable without
// JavaScript or any file from elsewhere. Chinese first, with the document's English names beside.
import "server-only";
import { openApiDocument } from "./openapi";

type Json = Record<string, unknown>;

const escape = (text: unknown) =>
  String(text ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

function typeOf(schema: Json | undefined): string {
  if (!schema) return "";
  if (typeof schema.$ref === "string") return schema.$ref.split("/").at(-1)!;
  if (Array.isArray(schema.enum)) return schema.enum.join(" | ");
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(" | ");
  if (schema.type === "array") return `${typeOf(schema.items as Json)}[]`;
  return [schema.type, schema.format].filter(Boolean).join(" ");
}

function propertiesTable(schema: Json): string {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = Object.entries(properties)
    .map(
      ([name, property]) =>
        `<tr><td><code>${escape(name)}</code>${required.has(name) ? " *" : ""}</td><td>${escape(typeOf(property))}</td><td>${escape(property.description)}</td></tr>`,
    )
    .join("");
  return rows
    ? `<table><thead><tr><th>字段 Field</th><th>类型 Type</th><th>说明</th></tr></thead><tbody>${rows}</tbody></table>`
    : "";
}

const PROBLEMS: [string, string, string][] = [
  ["unauthenticated", "401", "未认证：缺少令牌，或令牌未知、已过期、已吊销"],
  ["forbidden", "403", "无权访问：令牌的角色不能执行此操作"],
  ["notFound", "404", "不存在，或不在令牌的权限范围内"],
  ["conflict", "409", "操作冲突"],
  ["staleVersion", "409", "版本已过期：读取后记录已被修改"],
  ["invalidState", "409", "当前状态不允许"],
  ["validation", "422", "数据校验未通过，未写入任何数据（见 errors）"],
  ["badRequest", "400", "请求体不是有效的 JSON"],
  ["notAcceptable", "406", "该接口不提供 CSV"],
  ["rateLimited", "429", "调用过于频繁（见 Retry-After）"],
  ["unavailable", "503", "服务器正忙，请稍后重试"],
  ["unexpected", "500", "服务器内部错误（附 reference 编号）"],
];

export function renderApiReference(): string {
  const document = openApiDocument() as {
    info: { title: string; description: string; version: string };
    paths: Record<string, Record<string, Json>>;
    components: { schemas: Record<string, Json> };
  };
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const body = operations
    .map(({ path, method, operation }) => {
      const parameters = (operation.parameters ?? []) as Json[];
      const parameterRows = parameters
        .map(
          (parameter) =>
            `<tr><td><code>${escape(parameter.name)}</code></td><td>${escape(typeOf(parameter.schema as Json))}</td><td>${escape(parameter.description)}</td></tr>`,
        )
        .join("");
      const request = (operation.requestBody as Json | undefined)?.content as
        Record<string, { schema: Json }> | undefined;
      const responses = operation.responses as Record<string, Json>;
      const success = Object.entries(responses).find(([status]) => status.startsWith("2"));
      const answer = (success?.[1].content as Record<string, { schema: Json }> | undefined)?.[
        "application/json"
      ]?.schema;
      return `<section id="${escape(operation.operationId)}">
<h3><span class="method">${method.toUpperCase()}</span> <code>/api/v1${escape(path)}</code></h3>
<p>${escape(operation.summary)}</p>${operation.description ? `<p>${escape(operation.description)}</p>` : ""}
${parameterRows ? `<h4>查询参数 Query parameters</h4><table><thead><tr><th>参数</th><th>类型</th><th>说明</th></tr></thead><tbody>${parameterRows}</tbody></table>` : ""}
${request ? `<h4>请求体 Request body</h4>${schemaBlock(request["application/json"]!.schema, document.components.schemas)}` : ""}
<h4>响应 ${escape(success?.[0])}</h4>${answer ? schemaBlock(answer, document.components.schemas) : ""}
<p class="codes">${Object.keys(responses)
        .map((status) => `<code>${escape(status)}</code>`)
        .join(" ")}</p>
</section>`;
    })
    .join("\n");
  const schemas = Object.entries(document.components.schemas)
    .map(
      ([name, schema]) =>
        `<section id="schema-${escape(name)}"><h3>${escape(name)}</h3>${propertiesTable(schema)}</section>`,
    )
    .join("\n");
  const problems = PROBLEMS.map(
    ([kind, status, text]) =>
      `<tr id="problem-${kind}"><td><code>${kind}</code></td><td>${status}</td><td>${escape(text)}</td></tr>`,
  ).join("");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API 参考 — ${escape(document.info.title)}</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}
code{background:#f3f4f6;padding:0 .25rem;border-radius:.25rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d1d5db;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f9fafb}
section{border-top:1px solid #e5e7eb;padding-top:.5rem;margin-top:1rem}.method{font-weight:700;color:#1d4ed8}
nav ul{columns:2}
</style></head><body>
<main>
<h1>API 参考文档</h1>
<p>${escape(document.info.title)} · v${escape(document.info.version)} · <a href="/api/v1/openapi.json">OpenAPI 3.1 (openapi.json)</a></p>
<h2>使用方法</h2>
<ul>
<li>每次调用须带请求头 <code>Authorization: Bearer rerm_…</code>。令牌由管理员在“API 令牌”页面创建，只显示一次；令牌绑定角色与范围，区县令牌只能看到本区县。</li>
<li>默认返回 JSON；列表接口加 <code>Accept: text/csv</code> 或 <code>?format=csv</code> 返回 CSV。</li>
<li>列表按游标分页：响应的 <code>nextCursor</code> 作为下一次请求的 <code>cursor</code>，为 null 时已到末页。</li>
<li>读取接口返回 <code>ETag</code>；带 <code>If-None-Match</code> 再次请求，数据未变时返回 304。</li>
<li>每个令牌每分钟调用次数有上限（<code>RateLimit-*</code> 响应头），超出返回 429。</li>
<li>错误按 RFC 9457 返回 <code>application/problem+json</code>，默认中文，<code>Accept-Language: en</code> 时为英文。</li>
<li>写入与页面表单走同一套校验、流程与审计：一组数值中有一项错误，则全部不写入。</li>
</ul>
<p>${escape(document.info.description)}</p>
<nav aria-label="接口"><ul>${operations.map(({ path, method, operation }) => `<li><a href="#${escape(operation.operationId)}">${method.toUpperCase()} ${escape(path)}</a> — ${escape(operation.summary)}</li>`).join("")}</ul></nav>
<h2>接口 Operations</h2>
${body}
<h2 id="problems">错误类型 Problem types</h2>
<table><thead><tr><th>type</th><th>status</th><th>说明</th></tr></thead><tbody>${problems}</tbody></table>
<h2>数据结构 Schemas</h2>
${schemas}
</main></body></html>`;
}

function schemaBlock(schema: Json, components: Record<string, Json>): string {
  const resolved =
    typeof schema.$ref === "string" ? (components[schema.$ref.split("/").at(-1)!] ?? schema) : schema;
  const table = propertiesTable(resolved);
  return table || `<p><code>${escape(typeOf(schema))}</code></p>`;
}
