import type { ReactNode } from 'react';

/**
 * Header menus as HTML popovers (`popover` on the panel, `<button popovertarget>` to toggle it),
 * so they need no JavaScript: the browser opens and closes them, closes one when another opens,
 * closes them on Escape and on a click outside, and returns focus to the button.
 *
 * Each menu is a `.menu` box holding its button and its panel; the panel sits under the box's
 * `.menu-anchor` (the button, or a wider box around it) with CSS anchor positioning and never
 * leaves the viewport (`.menu-panel` in app/globals.css, with a fallback for browsers without
 * anchor positioning). All of it is in the stylesheet, none in `style` attributes.
 */

/** Panel widths (at most the viewport's width less a margin). */
const widths = {
  narrow: '[--menu-width:16rem]',
  medium: '[--menu-width:18rem]',
  wide: '[--menu-width:20rem]',
} as const;

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** The button that toggles panel `panel`; `anchor` makes it the anchor its menu's panel sits under. */
export function MenuButton({
  panel,
  anchor = false,
  className,
  label,
  children,
}: {
  panel: string;
  anchor?: boolean;
  className?: string;
  /** Only for buttons without visible text (an icon): the accessible name. */
  label?: string;
  children: ReactNode;
}) {
  return (
    <button type="button" popoverTarget={panel} className={classes('menu-button', anchor && 'menu-anchor', className)} aria-label={label}>
      {children}
    </button>
  );
}

/**
 * A menu's panel: its start edge under the anchor's start (`align="start"`) or its end edge under
 * the anchor's end (`align="end"`), moved inwards where it would leave the viewport.
 */
export function MenuPanel({
  id,
  align,
  width,
  className,
  children,
}: {
  id: string;
  align: 'start' | 'end';
  width: keyof typeof widths;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div id={id} popover="auto" className={classes('menu-panel', `menu-panel-${align}`, widths[width], className)}>
      {children}
    </div>
  );
}

/** The chevron of a menu button; it turns over while the menu's panel is open. */
export function MenuChevron() {
  return (
    <svg viewBox="0 0 12 12" className="menu-chevron h-3 w-3" aria-hidden="true" focusable="false">
      <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}
