import { Component, type ErrorInfo, type ReactNode } from "react"
import { useTranslation } from "react-i18next"

function RouteErrorMessage() {
  const { t } = useTranslation()
  return (
    <div role="alert" className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-2xl font-bold">{t("appError.title")}</h1>
      <p className="mt-2 text-stone-700">{t("appError.body")}</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-4 inline-flex min-h-11 items-center rounded-md bg-red-800 px-4 font-medium text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
      >
        {t("appError.reload")}
      </button>
    </div>
  )
}

type RouteErrorBoundaryState = { hasError: boolean }

/**
 * A render error in a page: the header and footer stay, and the shopper can reload.
 * Keyed by path in the layout, so navigating elsewhere starts afresh.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, RouteErrorBoundaryState> {
  override state: RouteErrorBoundaryState = { hasError: false }

  static getDerivedStateFromError(): RouteErrorBoundaryState {
    return { hasError: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  override render() {
    return this.state.hasError ? <RouteErrorMessage /> : this.props.children
  }
}
