import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import IconButton from '@mui/material/IconButton';
import { useEffect, useState, type ReactNode } from 'react';

export interface CopyButtonProps {
  /** What goes to the clipboard. */
  value: string;
  /** What it is, for the accessible name: "Copy <label>" (e.g. "public IP"). */
  label: string;
}

type Copied = 'idle' | 'copied' | 'failed';

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
    <IconButton
      size="small"
      onClick={copy}
      title={title}
      aria-label={copied === 'copied' ? `${label} copied` : `Copy ${label}`}
      data-testid="copy-button"
      data-copied={copied}
      sx={{ p: 0.25, ml: 0.25, verticalAlign: 'middle' }}
    >
      {copied === 'copied' ? (
        <CheckIcon sx={{ fontSize: 14 }} />
      ) : (
        <ContentCopyIcon sx={{ fontSize: 14 }} />
      )}
    </IconButton>
  );
}
