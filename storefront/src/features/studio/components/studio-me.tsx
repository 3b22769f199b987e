import { createContext, useContext, type ReactNode } from "react"
import type { ProducerMeType } from "@/features/studio/api/session"

const StudioMeContext = createContext<ProducerMeType | null>(null)

export function StudioMeProvider({ me, children }: { me: ProducerMeType; children: ReactNode }) {
  return <StudioMeContext.Provider value={me}>{children}</StudioMeContext.Provider>
}

/** The logged-in coordinator and their group, on any page behind the studio's login. */
export function useStudioMe(): ProducerMeType {
  const me = useContext(StudioMeContext)
  if (!me) throw new Error("useStudioMe is used outside the studio's logged-in pages")
  return me
}
