package io.github.sqlguard.spotbugs.samples;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.CrudRepository;

/** ORM calls that delete or update every row, most through project types that extend the library's. */
public class OrmCallsBad {

    public static class Order {
    }

    public static class User {
        public Long getId() {
            return 1L;
        }
    }

    public interface OrderRepository extends JpaRepository<Order, Long> {
    }

    public interface UserMapper extends BaseMapper<User> {
    }

    /** Calls the methods it inherits, and its mapper. */
    public static class UserService extends ServiceImpl<UserMapper, User> {

        public void purge() {
            remove(null); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
            baseMapper.delete(null); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
            getBaseMapper().delete(null); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
            update(new User(), null); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
        }
    }

    private final OrderRepository orders;
    private final UserMapper users;
    private final JdbcAggregateTemplate template;
    private final CrudRepository<Order, Long> crud;

    public OrmCallsBad(OrderRepository orders, UserMapper users, JdbcAggregateTemplate template,
            CrudRepository<Order, Long> crud) {
        this.orders = orders;
        this.users = users;
        this.template = template;
        this.crud = crud;
    }

    public void wipe() {
        orders.deleteAll(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        orders.deleteAllInBatch(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        crud.deleteAll(); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        template.deleteAll(Order.class); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }

    public void wrappers() {
        users.delete(null); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        users.delete(new QueryWrapper<>()); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        users.delete(Wrappers.query()); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        users.delete(new LambdaQueryWrapper<User>().orderByAsc(User::getId)); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        QueryWrapper<User> all = new QueryWrapper<>();
        all.select("id");
        users.delete(all); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
        users.update(null, new UpdateWrapper<User>().set("locked", true)); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
        users.update(new User(), null); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
        users.deleteByMap(null); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }

    public void onAnErrorPath() {
        try {
            users.updateById(new User());
        } catch (RuntimeException e) {
            orders.deleteAll(); // expect: SQLGUARD_FALLBACK_DROP
        }
    }
}
