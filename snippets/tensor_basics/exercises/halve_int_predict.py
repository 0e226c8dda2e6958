import torch

x = torch.tensor([5, -5])

# (a) 真除法：整数相除得到 float32
print(x / 2)
#> tensor([ 2.5000, -2.5000])
# (b) 向下取整：仍是整数，-2.5 取成 -3
print(x // 2)
#> tensor([ 2, -3])
# (c) 整数张量遇到 Python 浮点数，结果是 float32
print(x * 1.0)
#> tensor([ 5., -5.])

# (e) 先算出 float32 的 [2.5, -2.5]，写回整数张量时去掉小数部分（往 0 取整）
x[:] = x / 2
print(x)
#> tensor([ 2, -2])
