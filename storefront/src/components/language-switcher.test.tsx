import { fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { LanguageSwitcher } from "@/components/language-switcher"
import { changeLanguage, i18next, LANGUAGE_STORAGE_KEY } from "@/lib/i18n"

afterEach(async () => {
  await changeLanguage("en")
  window.localStorage.clear()
})

describe("LanguageSwitcher", () => {
  it("offers the six languages, each named in itself", () => {
    render(<LanguageSwitcher />)
    const select = screen.getByRole("combobox", { name: "Language" })
    expect(within(select).getAllByRole("option").map((option) => option.textContent)).toEqual([
      "English",
      "ខ្មែរ",
      "Français",
      "中文（简体）",
      "한국어",
      "日本語",
    ])
    expect((select as HTMLSelectElement).value).toBe("en")
  })

  it("switches the language, once its messages have loaded, and remembers the choice", async () => {
    render(<LanguageSwitcher />)
    fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "ja" } })
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("ja")
    const select = await screen.findByRole<HTMLSelectElement>("combobox", { name: "言語" })
    expect(select.value).toBe("ja")
    await waitFor(() => expect(i18next.language).toBe("ja"))
  })
})
