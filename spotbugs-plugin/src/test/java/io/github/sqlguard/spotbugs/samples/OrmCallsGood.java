package io.github.sqlguard.spotbugs.samples;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
import java.util.List;
import java.util.Map;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The same libraries, called with ids, entities or wrappers that hold a condition, and look-alike types. */
public class OrmCallsGood {

    public static class Order {
    }

    public static class User {
    }

    public interface OrderRepository extends JpaRepository<Order, Long> {
    }

    public interface UserMapper extends BaseMapper<User> {
    }

    /** A document store's repository: Spring Data's interface reached only through another library's. */
    public interface EventRepository extends MongoRepository<Order, String> {
    }

    /** A project type that shares a Spring Data name: not Spring Data's. */
    public interface CrudRepository<T> {
        void deleteAll();
    }

    public static class UserService extends ServiceImpl<UserMapper, User> {

        public void prune(Long id) {
            removeById(id);
            remove(new QueryWrapper<User>().eq("id", id));
        }
    }

    private final OrderRepository orders;
    private final UserMapper users;
    private final JdbcAggregateTemplate template;
    private final CrudRepository<Order> lookalike;
    private final EventRepository events;

    public OrmCallsGood(OrderRepository orders, UserMapper users, JdbcAggregateTemplate template,
            CrudRepository<Order> lookalike, EventRepository events) {
        this.orders = orders;
        this.users = users;
        this.template = template;
        this.lookalike = lookalike;
        this.events = events;
    }

    public void some(List<Long> ids, List<Order> gone) {
        orders.deleteAllById(ids);
        orders.deleteAll(gone);
        orders.deleteById(1L);
        orders.deleteAllInBatch(gone);
        template.deleteAll(gone);
        lookalike.deleteAll();
        events.deleteAll();
        ids.remove(null);
    }

    public void wrappers(List<Long> ids, QueryWrapper<User> given, Map<String, Object> columns, boolean flag) {
        users.delete(new QueryWrapper<User>().eq("id", 1));
        users.delete(Wrappers.<User>query().in("id", ids));
        users.delete(new QueryWrapper<>(new User()));
        users.delete(given);
        users.deleteById(1L);
        users.updateById(new User());
        users.deleteByMap(columns);
        QueryWrapper<User> some = new QueryWrapper<>();
        some.eq("id", 1);
        users.delete(some);
        QueryWrapper<User> passed = new QueryWrapper<>();
        restrict(passed);
        users.delete(passed);
        QueryWrapper<User> maybe = new QueryWrapper<>();
        if (flag) {
            maybe.last("limit 1");
        }
        users.delete(maybe);
    }

    private static void restrict(QueryWrapper<User> wrapper) {
        wrapper.eq("tenant", 1);
    }
}
