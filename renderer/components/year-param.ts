import { useSearchParams } from 'react-router'

/** Years offered in year pickers: from 2019 (the network's early years) to next year. */
export function yearOptions(current: number): number[] {
  const years: number[] = []
  for (let y = current + 1; y >= 2019; y--) years.push(y)
  return years
}

/** The year chosen in the address (`?ar=2025`), so a link or reload keeps it. */
export function useYearParam(fallback: number): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams()
  const parsed = Number(params.get('ar'))
  const year = Number.isInteger(parsed) && parsed >= 2000 && parsed <= 2100 ? parsed : fallback
  const setYear = (next: number) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev)
        out.set('ar', String(next))
        return out
      },
      { replace: true },
    )
  return [year, setYear]
}
