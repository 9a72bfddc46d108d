/** The "×" that closes a panel, sheet or card (its label says what it closes). */
export function CloseButton(props: {
  label: string
  onClick: () => void
  className?: string
  testId?: string
}) {
  return (
    <button
      type="button"
      className={props.className ? `icon-button ${props.className}` : 'icon-button'}
      data-testid={props.testId}
      aria-label={props.label}
      onClick={props.onClick}
    >
      ×
    </button>
  )
}
