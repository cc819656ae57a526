import { vi } from 'vitest';

export interface XhrReply {
  status: number;
  body: unknown;
}

/**
 * A stand-in for XMLHttpRequest at the network boundary: reports upload progress in two steps,
 * then answers with `reply(requestInfo)`.
 */
export function installFakeXhr(reply: (req: { method: string; url: string; headers: Record<string, string>; body: FormData }) => XhrReply) {
  const requests: Array<{ method: string; url: string; headers: Record<string, string>; body: FormData }> = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    responseType = '';
    upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private method = 'GET';
    private url = '';
    private headers: Record<string, string> = {};
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(k: string, v: string) {
      this.headers[k] = v;
    }
    abort() {
      this.onabort?.();
    }
    send(body: FormData) {
      const req = { method: this.method, url: this.url, headers: this.headers, body };
      requests.push(req);
      setTimeout(() => {
        this.upload.onprogress?.({ loaded: 50, total: 100, lengthComputable: true });
        setTimeout(() => {
          this.upload.onprogress?.({ loaded: 100, total: 100, lengthComputable: true });
          setTimeout(() => {
            const r = reply(req);
            this.status = r.status;
            this.responseText = JSON.stringify(r.body);
            this.onload?.();
          }, 5);
        }, 5);
      }, 5);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return requests;
}
