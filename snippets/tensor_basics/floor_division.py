import torch

a = torch.tensor([7, -7])

# // 是向下取整的除法：整数相除，结果仍是整数
print(a // 2)
#> tensor([ 3, -4])
print((a // 2).dtype)
#> torch.int64

# 向下取整是往负无穷方向取：-3.5 取成 -4，与 Python 的 -7 // 2 相同
print(-7 // 2)
#> -4

# 想要“去掉小数部分”（往 0 取整），用 rounding_mode="trunc"
print(torch.div(a, 2, rounding_mode="trunc"))
#> tensor([ 3, -3])
