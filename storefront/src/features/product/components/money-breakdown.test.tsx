import { render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { MoneyBreakdown } from "@/features/product/components/money-breakdown"
import { changeLanguage } from "@/lib/i18n"

afterEach(async () => {
  await changeLanguage("en")
  window.localStorage.clear()
})

describe("MoneyBreakdown", () => {
  it("shows what the group receives and the platform's commission, adding up to the price", () => {
    render(<MoneyBreakdown priceMinor={8200} currencyCode="usd" groupName="Mekong Riverbank Weavers" headingId="money" />)
    expect(screen.getByRole("heading", { name: "Where your money goes" })).toBeTruthy()
    expect(screen.getByText("Of the $82.00 you pay for this craft:")).toBeTruthy()
    expect(screen.getByText("Mekong Riverbank Weavers receives")).toBeTruthy()
    expect(screen.getByTestId("money-group").textContent).toBe("$69.70")
    expect(screen.getByText("Sipakam keeps, to run the shop (15% commission)")).toBeTruthy()
    expect(screen.getByTestId("money-platform").textContent).toBe("$12.30")
  })

  it("speaks the shopper's language and currency", async () => {
    await changeLanguage("fr")
    render(<MoneyBreakdown priceMinor={899} currencyCode="eur" groupName="Koh Dach" headingId="money" />)
    expect(screen.getByRole("heading", { name: "Où va votre argent" })).toBeTruthy()
    expect(screen.getByTestId("money-group").textContent).toBe("7,64\u00a0€")
    expect(screen.getByTestId("money-platform").textContent).toBe("1,35\u00a0€")
  })
})
