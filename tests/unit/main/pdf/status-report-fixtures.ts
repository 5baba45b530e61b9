import type { StatusReportModel } from '../../../../electron/shared/channels/reports'

export function sampleStatusReport(members = 3): StatusReportModel {
  return {
    year: 2025,
    generatedOn: '28.11.2026',
    secretariatName: 'Sekretariatet for Næring for klima',
    summary: [
      ['Medlemmer og partnere i 2025', '3 (herav 1 partner)'],
      ['Årsrapporter mottatt', '2 av 3'],
      ['Oppfyller ikke alle kriteriene', '1'],
    ],
    keyFigures: {
      previousYear: 2024,
      rows: [
        { label: 'Miljøsertifisert', current: '67 % (2)', previous: '50 % (1)', change: '+17 pp' },
        { label: 'Har klimaregnskap', current: '33 % (1)', previous: '0 % (0)', change: '+33 pp' },
      ],
    },
    members: Array.from({ length: members }, (_, i) => ({
      name: i === 0 ? 'Ávjovárgeaidnu Bygg AS' : `Virksomhet nummer ${i + 1} AS`,
      tier: i === 0 ? 'Partner' : 'Medlem',
      signedDate: '01.05.2023',
      certification: 'Miljøfyrtårn, gyldig til 30.06.2027',
      reportStatus: 'Mottatt 02.03.2026',
      criteria: '5 av 6 oppfylt. Ikke oppfylt: Deltakelse.',
      measuresDone: 'Byttet hele bilparken til elbiler 🚗 og innførte hjemmekontor to dager i uken.\nFjernvarme i alle bygg.',
      measuresPlanned: 'Solceller på taket i 2026.',
    })),
  }
}
