import { useEffect, useId, useRef, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { makeOutsideInert } from "@/features/search/utils/make-outside-inert"

type FilterPanelProps = {
  /** On small screens the filters are a modal dialog, opened from a button; else a sidebar. */
  isDialog: boolean
  isOpen: boolean
  onClose: () => void
  /** The dialog's last button: "Show 12 crafts". */
  closeLabel: string
  children: ReactNode
}

/**
 * The filters stay mounted whatever the screen (InstantSearch forgets the refinements of
 * widgets that unmount); only their container changes between a sidebar and a dialog. As a
 * dialog it is labelled by its heading, the rest of the page is inert while it is open (so
 * focus stays in it), Escape closes it, and focus returns to the button that opened it.
 */
export function FilterPanel({ isDialog, isOpen, onClose, closeLabel, children }: FilterPanelProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const panelRef = useRef<HTMLDivElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const isModal = isDialog && isOpen

  useEffect(() => {
    const panel = panelRef.current
    if (!isModal || !panel) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const restore = makeOutsideInert(panel)
    const overflow = document.body.style.overflow
    document.body.style.overflow = "hidden"
    closeRef.current?.focus()
    return () => {
      restore()
      document.body.style.overflow = overflow
      opener?.focus()
    }
  }, [isModal])

  return (
    <div
      ref={panelRef}
      role={isDialog ? "dialog" : undefined}
      aria-modal={isDialog ? true : undefined}
      aria-labelledby={headingId}
      hidden={isDialog && !isOpen}
      onKeyDown={(event) => {
        if (isModal && event.key === "Escape") {
          event.stopPropagation()
          onClose()
        }
      }}
      className={
        isDialog
          ? "fixed inset-0 z-20 flex flex-col bg-white"
          : "w-64 shrink-0"
      }
    >
      <div className={isDialog ? "flex items-center justify-between border-b border-stone-200 px-4 py-2" : "mb-2"}>
        <h2 id={headingId} className="text-lg font-semibold text-stone-950">
          {t("shop.filtersHeading")}
        </h2>
        {isDialog ? (
          <button
            ref={closeRef}
            type="button"
            onClick={onClose}
            className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-2xl text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
          >
            <span aria-hidden="true">×</span>
            <span className="sr-only">{t("shop.closeFilters")}</span>
          </button>
        ) : null}
      </div>
      <div className={isDialog ? "flex-1 space-y-3 overflow-y-auto px-4 py-3" : "space-y-3"}>{children}</div>
      {isDialog ? (
        <div className="border-t border-stone-200 px-4 py-3">
          <button
            type="button"
            onClick={onClose}
            className="min-h-11 w-full rounded-md bg-red-800 px-4 font-medium text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
          >
            {closeLabel}
          </button>
        </div>
      ) : null}
    </div>
  )
}
