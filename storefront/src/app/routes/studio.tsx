import { StudioApp } from "@/features/studio/studio-app"

/** The producer studio (/studio/*): its own area, layout and chunks, apart from the shop's. */
export function StudioRoute() {
  return <StudioApp />
}
