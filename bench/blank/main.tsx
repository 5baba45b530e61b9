// The floor for cold start: the smallest React page Vite builds.
import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root')!).render(<button type="button">Klar</button>)
