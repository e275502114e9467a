/**
 * The `sx` of a table cell whose text may be long (a request path, an error's cause, an audit
 * reason): it wraps within `maxWidth`, anywhere if it must. Table cells do not wrap by default
 * here (the theme's `MuiTableCell` is `nowrap`), so without this a long path or cause ran on over
 * the next columns.
 *
 * @example
 * <TableCell sx={{ ...wrappingCell(280), fontFamily: 'monospace' }}>{path}</TableCell>
 */
export function wrappingCell(maxWidth: number): {
  maxWidth: number;
  whiteSpace: 'normal';
  overflowWrap: 'anywhere';
} {
  return { maxWidth, whiteSpace: 'normal', overflowWrap: 'anywhere' };
}
