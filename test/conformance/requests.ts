/**
 * Requests for an operation, sent over HTTP, and the checks every response must pass: a status
 * the operation declares, a content type declared for that status, and a body valid against the
 * declared schema.
 */
import { pointerOf, type Operation, type Parameter, type SchemaValidator } from './spec.js';

export interface RequestSpec {
  method: string;
  /** Path parameter values by name, unencoded. */
  path: Record<string, string>;
  /** Query parameter values by name (arrays serialized per `style`/`explode`). */
  query: Record<string, unknown>;
  headers: Record<string, string>;
  /** A body as a value to serialize as JSON, or raw text; with its content type. */
  body?: { contentType: string; value?: unknown; raw?: string };
}

export interface SentResponse {
  status: number;
  headers: Headers;
  /** The media type of `Content-Type`, lower-case, without parameters; '' without one. */
  mediaType: string;
  text: string;
  json?: unknown;
}

/** The concrete path of a template: `{id}` filled (percent-encoded) from `values`. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name} of ${template}`);
    return encodeURIComponent(value);
  });
}

/** The query string for `values`, following each parameter's `style` and `explode` (form only). */
export function queryString(parameters: readonly Parameter[], values: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    const parameter = parameters.find((p) => p.in === 'query' && p.name === name);
    const explode = parameter?.explode ?? (parameter?.style ?? 'form') === 'form';
    if (Array.isArray(value)) {
      if (explode) for (const item of value) search.append(name, scalar(item));
      else search.append(name, value.map(scalar).join(','));
    } else search.append(name, scalar(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const scalar = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

export function urlOf(operation: Operation, request: RequestSpec): string {
  return fillPath(operation.path, request.path) + queryString(operation.parameters, request.query);
}

export async function send(baseUrl: string, url: string, request: Pick<RequestSpec, 'method' | 'headers' | 'body'>): Promise<SentResponse> {
  const headers: Record<string, string> = { ...request.headers };
  let body: string | undefined;
  if (request.body) {
    headers['content-type'] = request.body.contentType;
    body = request.body.raw ?? JSON.stringify(request.body.value);
  }
  const response = await fetch(new URL(url, baseUrl), { method: request.method, headers, body, redirect: 'manual' });
  const text = await response.text();
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  let json: unknown;
  if (isJson(mediaType) && text !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: response.status, headers: response.headers, mediaType, text, json };
}

export const isJson = (mediaType: string) => /^application\/([\w.-]+\+)?json$/.test(mediaType);

/** The response key an operation declares for a status: exact, then `4XX`-style, then `default`. */
export function declaredResponseKey(operation: Operation, status: number): string | undefined {
  const responses = operation.operation.responses;
  return [String(status), `${Math.floor(status / 100)}XX`, 'default'].find((key) => key in responses);
}

/** What is wrong with a response, by the operation's contract; empty when nothing is. */
export function contractViolations(operation: Operation, response: SentResponse, validator: SchemaValidator): string[] {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`server error ${response.status}`);
  if (response.status === 429) problems.push('rate limited (429): the suite must not trip the rate limiter');
  const key = declaredResponseKey(operation, response.status);
  if (!key) {
    problems.push(`status ${response.status} is not declared (declared: ${Object.keys(operation.operation.responses).join(', ')})`);
    return problems;
  }
  const content = operation.operation.responses[key]?.content ?? {};
  const mediaTypes = Object.keys(content);
  if (mediaTypes.length === 0) {
    if (response.text !== '') problems.push(`status ${response.status} declares no content, but the response has a body (${response.mediaType})`);
    return problems;
  }
  if (response.text === '' && (response.status === 204 || response.status === 304)) return problems;
  const declared = mediaTypes.find((m) => m.toLowerCase() === response.mediaType) ?? mediaTypes.find((m) => mediaRangeMatches(m, response.mediaType));
  if (!declared) {
    problems.push(`content type "${response.mediaType}" is not declared for ${response.status} (declared: ${mediaTypes.join(', ')})`);
    return problems;
  }
  if (!content[declared]?.schema) return problems;
  if (isJson(response.mediaType)) {
    if (response.json === undefined) {
      problems.push(`the ${response.mediaType} body does not parse as JSON`);
      return problems;
    }
    const validate = validator.at(pointerOf('paths', operation.path, operation.method, 'responses', key, 'content', declared, 'schema'));
    if (!validate(response.json)) problems.push(`the body does not match the declared schema: ${validator.errorsText(validate)}`);
    if (response.mediaType === 'application/problem+json') {
      const status = (response.json as { status?: unknown }).status;
      if (status !== response.status) problems.push(`the problem's status (${String(status)}) is not the HTTP status`);
    }
  }
  return problems;
}

function mediaRangeMatches(range: string, mediaType: string): boolean {
  const [type, subtype] = range.toLowerCase().split('/');
  const [actualType, actualSubtype] = mediaType.split('/');
  return (type === '*' || type === actualType) && (subtype === '*' || subtype === actualSubtype);
}

const excerpt = (text: string, max = 600) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

/** A request and its response, for a failure message: enough to reproduce and report the bug. */
export function describeExchange(url: string, request: Pick<RequestSpec, 'method' | 'headers' | 'body'>, response: SentResponse): string {
  const headers = Object.entries(request.headers)
    .map(([name, value]) => `${name}: ${name.toLowerCase() === 'authorization' ? 'Bearer <key>' : value}`)
    .join('\n  ');
  const body = request.body ? `\n  content-type: ${request.body.contentType}\n\n  ${excerpt(request.body.raw ?? JSON.stringify(request.body.value))}` : '';
  return [
    `request:\n  ${request.method} ${url}${headers ? `\n  ${headers}` : ''}${body}`,
    `response:\n  ${response.status} ${response.headers.get('content-type') ?? '(no content type)'}\n  ${excerpt(response.text)}`,
  ].join('\n');
}
