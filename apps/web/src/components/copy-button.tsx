import { useEffect, useState, type ReactNode } from 'react';
import { PlainIconButton } from './plain-icon-button';

export interface CopyButtonProps {
  /** What goes to the clipboard. */
  value: string;
  /** What it is, for the accessible name: "Copy <label>" (e.g. "public IP"). */
  label: string;
}

type Copied = 'idle' | 'copied' | 'failed';

// Material's ContentCopy and Check icons: a list draws three of these buttons per row.
const COPY_PATH =
  'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2m0 16H8V7h11z';
const CHECK_PATH = 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z';

/**
 * A small button that puts `value` on the clipboard, as the EC2 console's copy icons do; it turns
 * into a tick for two seconds, and its name says so to screen readers.
 *
 * @example
 * <CopyButton value={instance.publicIp} label="public IP" />
 */
export function CopyButton({ value, label }: CopyButtonProps): ReactNode {
  const [copied, setCopied] = useState<Copied>('idle');
  useEffect(() => {
    if (copied === 'idle') return undefined;
    const timer = setTimeout(() => setCopied('idle'), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  function copy(): void {
    // The Clipboard API needs a secure context (HTTPS or localhost) and a user gesture: this click.
    navigator.clipboard.writeText(value).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  }

  const title =
    copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Could not copy' : `Copy ${label}`;
  // A native title, not MUI's Tooltip: a list shows three of these per row, and none should
  // pull the tooltip's chunk into the list's first load.
  return (
    <PlainIconButton
      icon={copied === 'copied' ? CHECK_PATH : COPY_PATH}
      iconSize={14}
      onClick={copy}
      title={title}
      aria-label={copied === 'copied' ? `${label} copied` : `Copy ${label}`}
      data-testid="copy-button"
      data-copied={copied}
      style={{ marginLeft: 2 }}
    />
  );
}
