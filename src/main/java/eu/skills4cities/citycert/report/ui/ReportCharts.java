package eu.skills4cities.citycert.report.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import eu.skills4cities.citycert.report.AssessorConsistency;
import eu.skills4cities.citycert.report.ItemStatistic;
import eu.skills4cities.citycert.report.OutcomeTime;
import eu.skills4cities.citycert.report.CycleTime;
import eu.skills4cities.citycert.report.PeriodCount;
import eu.skills4cities.citycert.report.QueueBacklog;
import eu.skills4cities.citycert.report.ReportFigure;
import eu.skills4cities.citycert.report.ReportRow;
import eu.skills4cities.citycert.report.RolePassRate;
import eu.skills4cities.citycert.report.ScoreBand;
import eu.skills4cities.citycert.report.ServiceLevel;
import eu.skills4cities.citycert.report.UnitPassRate;
import eu.skills4cities.citycert.report.UnitRoutePassRate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws each figure as a bar chart with JFreeChart into SVG (JFreeSVG), on the server: no
 * licence (Vaadin Charts needs one) and nothing for the browser to load. The SVG has a view box
 * and no fixed size, so it scales to a phone's width. Labels come translated from the view.
 */
final class ReportCharts {

    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    private static final Color[] SERIES = {new Color(0x1f5fa8), new Color(0xd9822b), new Color(0x3c8d5a),
            new Color(0x8e44ad), new Color(0xc0392b), new Color(0x7f8c8d)};

    private final Function<String, String> text;

    /** {@code text} translates a message key. */
    ReportCharts(Function<String, String> text) {
        this.text = text;
    }

    /** The figure's chart as an SVG document. */
    String svg(ReportFigure figure, List<? extends ReportRow> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean horizontal = false;
        boolean stacked = false;
        String valueAxis;
        switch (figure) {
            case PERIOD -> {
                horizontal = true;
                valueAxis = text.apply("report.axis.count");
                for (ReportRow row : rows) {
                    PeriodCount c = (PeriodCount) row;
                    data.addValue(c.count(), text.apply("report.column.count"),
                            text.apply("report.measure." + c.measure().name()));
                }
            }
            case CYCLE_TIMES -> {
                valueAxis = text.apply("report.axis.days");
                for (ReportRow row : rows) {
                    CycleTime c = (CycleTime) row;
                    String stage = text.apply("report.stage." + c.stage().name());
                    data.addValue(c.medianDays(), c.roleCode() + " " + text.apply("report.column.median-days"), stage);
                    data.addValue(c.p90Days(), c.roleCode() + " " + text.apply("report.column.p90-days"), stage);
                }
            }
            case SERVICE_LEVELS -> {
                valueAxis = text.apply("report.axis.tasks");
                for (ReportRow row : rows) {
                    ServiceLevel s = (ServiceLevel) row;
                    String stage = text.apply("report.stage." + s.stage());
                    data.addValue(s.overdue(), stage + ": " + text.apply("report.column.overdue"), s.month());
                    data.addValue(s.escalated(), stage + ": " + text.apply("report.column.escalated"), s.month());
                }
            }
            case BACKLOG -> {
                valueAxis = text.apply("report.axis.tasks");
                for (ReportRow row : rows) {
                    QueueBacklog b = (QueueBacklog) row;
                    data.addValue(b.open(), text.apply("report.column.open"), b.queue());
                    data.addValue(b.unassigned(), text.apply("report.column.unassigned"), b.queue());
                    data.addValue(b.overdue(), text.apply("report.column.overdue"), b.queue());
                }
            }
            case ROLE_PASS_RATES -> {
                stacked = true;
                valueAxis = text.apply("report.axis.assessments");
                for (ReportRow row : rows) {
                    RolePassRate r = (RolePassRate) row;
                    data.addValue(r.competent(), text.apply("report.column.competent"), r.roleCode());
                    data.addValue(r.partial(), text.apply("report.column.partial"), r.roleCode());
                    data.addValue(r.notYetCompetent(), text.apply("report.column.not-yet-competent"), r.roleCode());
                }
            }
            case UNIT_PASS_RATES -> {
                horizontal = true;
                valueAxis = text.apply("report.axis.percent");
                for (ReportRow row : rows) {
                    UnitPassRate u = (UnitPassRate) row;
                    data.addValue(percent(u.passRate()), text.apply("report.column.pass-rate"),
                            u.roleCode() + " " + u.unitCode());
                }
            }
            case SCORE_DISTRIBUTION -> {
                valueAxis = text.apply("report.axis.scores");
                for (ReportRow row : rows) {
                    ScoreBand b = (ScoreBand) row;
                    data.addValue(b.scores(), b.roleCode() + " " + b.unitCode(), b.label());
                }
            }
            case OUTCOME_TIMES -> {
                // counts only: days and counts share no axis, so the median days are in the table under the chart
                valueAxis = text.apply("report.axis.count");
                for (ReportRow row : rows) {
                    OutcomeTime o = (OutcomeTime) row;
                    String kind = text.apply("report.kind." + o.kind());
                    data.addValue(o.received(), text.apply("report.column.received"), kind);
                    data.addValue(o.decided(), text.apply("report.column.decided"), kind);
                    data.addValue(o.upheld(), text.apply("report.column.upheld"), kind);
                }
            }
            case ASSESSOR_CONSISTENCY -> {
                horizontal = true;
                valueAxis = text.apply("report.axis.percent-or-score");
                for (ReportRow row : rows) {
                    AssessorConsistency a = (AssessorConsistency) row;
                    data.addValue(percent(a.passRate()), text.apply("report.column.pass-rate"), a.assessor());
                    data.addValue(a.meanScore(), text.apply("report.column.mean-score"), a.assessor());
                }
            }
            case UNIT_ROUTE_PASS_RATES -> {
                horizontal = true;
                valueAxis = text.apply("report.axis.percent");
                for (ReportRow row : rows) {
                    UnitRoutePassRate u = (UnitRoutePassRate) row;
                    data.addValue(percent(u.passRate()), text.apply("report.route." + u.route().name()),
                            u.roleCode() + " " + u.unitCode());
                }
            }
            case ITEM_STATISTICS -> {
                // the share right only: the correlation (-1 to 1) shares no axis with it, so it is in the table
                horizontal = true;
                valueAxis = text.apply("report.axis.percent");
                for (ReportRow row : rows) {
                    ItemStatistic i = (ItemStatistic) row;
                    data.addValue(percent(i.shareRight()), text.apply("report.column.share-right"),
                            i.itemCode() + " v" + i.itemVersion());
                }
            }
            default -> throw new IllegalArgumentException(figure.name());
        }
        boolean counts = figure != ReportFigure.CYCLE_TIMES && figure != ReportFigure.UNIT_PASS_RATES
                && figure != ReportFigure.ASSESSOR_CONSISTENCY && figure != ReportFigure.UNIT_ROUTE_PASS_RATES
                && figure != ReportFigure.ITEM_STATISTICS;
        return draw(chart(data, valueAxis, horizontal, stacked, counts));
    }

    private static JFreeChart chart(DefaultCategoryDataset data, String valueAxis, boolean horizontal, boolean stacked,
                                    boolean counts) {
        PlotOrientation orientation = horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(null, null, valueAxis, data, orientation, true, false, false)
                : ChartFactory.createBarChart(null, null, valueAxis, data, orientation, true, false, false);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0d0d0));
        if (counts) {
            // whole tasks, scores and applications: no tick at 0.5
            ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        if (data.getRowCount() == 1 && chart.getLegend() != null) {
            chart.removeLegend();
        }
        if (!horizontal && data.getColumnCount() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
        }
        return chart;
    }

    private static String draw(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(WIDTH, HEIGHT));
        return "<?xml version=\"1.0\"?>\n"
                + g.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    private static BigDecimal percent(BigDecimal rate) {
        return rate.movePointRight(2);
    }
}
