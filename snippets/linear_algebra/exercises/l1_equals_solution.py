import torch

x = torch.tensor([3.0, -4.0])

# 少了括号时比较的是“方法”与数字，== 不报错，只是回答“不是同一个对象”
print(type(torch.abs(x).sum == 7))
#> <class 'bool'>

# 补上括号，比较的是张量，结果也是张量
l1 = torch.abs(x).sum()
print(l1 == 7)
#> tensor(True)
print(l1 == torch.linalg.vector_norm(x, ord=1))
#> tensor(True)

# 作为对照：L2 范数是 sqrt(9 + 16)
print(torch.linalg.vector_norm(x))
#> tensor(5.)
