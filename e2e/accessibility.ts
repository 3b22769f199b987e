import type AxeBuilder from "@axe-core/playwright"

type ViolationType = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number]

/** The serious and critical violations, each with the elements it concerns, for a readable diff. */
export function severeViolations(violations: ViolationType[]) {
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }))
}
