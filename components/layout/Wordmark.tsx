/**
 * The newsroom's wordmark, drawn for this project: three overlapping circles (the alliance's many
 * campuses meeting) and the name in geometric letters built from the same strokes. No font needed.
 */
export function Wordmark({
  className,
  title,
  color = 'currentColor',
  accent = 'var(--accent)',
  width,
  height,
}: {
  className?: string;
  title?: string;
  /** Colours can be given explicitly where CSS variables do not exist (generated images). */
  color?: string;
  accent?: string;
  width?: number;
  height?: number;
}) {
  return (
    <svg
      className={className}
      viewBox="0 0 236 64"
      width={width}
      height={height}
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
      focusable="false"
    >
      {title ? <title>{title}</title> : null}
      <g fill="none" strokeWidth="5">
        <circle cx="20" cy="32" r="15" stroke={color} />
        <circle cx="36" cy="22" r="15" stroke={accent} />
        <circle cx="36" cy="42" r="15" stroke={color} opacity="0.55" />
      </g>
      <g fill="none" stroke={color} strokeWidth="7" strokeLinecap="square" strokeLinejoin="miter">
        {/* C */}
        <path d="M101 18.5 A 17 17 0 1 0 101 45.5" />
        {/* I */}
        <path d="M116 15 V 49" />
        {/* V */}
        <path d="M128 15 L 142 49 L 156 15" />
        {/* I */}
        <path d="M168 15 V 49" />
        {/* S */}
        <path d="M206 19 C 202 14, 184 13, 183 22.5 C 182 32, 206 30, 206 40.5 C 206 50, 187 51, 181 45" />
      </g>
    </svg>
  );
}
